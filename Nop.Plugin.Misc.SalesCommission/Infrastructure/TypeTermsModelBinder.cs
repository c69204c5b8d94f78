using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Infrastructure;

/// <summary>
/// Binds the editor's fields of the chosen program type's own terms (<see cref="ProgramModel.TypeTerms"/>): the type's
/// fields model (<see cref="TypeTermsModels.ModelOf"/>) from the inputs "TypeTerms.{type}.{field}"; nothing for a type
/// whose terms are not a record of their own.
/// </summary>
public class TypeTermsModelBinder : IModelBinder
{
    /// <inheritdoc />
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);

        var parent = bindingContext.ModelName.EndsWith(nameof(ProgramModel.TypeTerms), StringComparison.Ordinal)
            ? bindingContext.ModelName[..^nameof(ProgramModel.TypeTerms).Length].TrimEnd('.')
            : string.Empty;
        var typeValue = bindingContext.ValueProvider.GetValue(ModelNames.CreatePropertyModelName(parent, nameof(ProgramModel.ProgramTypeId))).FirstValue;
        if (!int.TryParse(typeValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var typeId)
            || TypeTermsModels.ModelOf((ProgramType)typeId) is not { } modelType)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return;
        }

        var services = bindingContext.HttpContext.RequestServices;
        var metadata = services.GetRequiredService<IModelMetadataProvider>().GetMetadataForType(modelType);
        var binder = services.GetRequiredService<IModelBinderFactory>()
            .CreateBinder(new ModelBinderFactoryContext { Metadata = metadata, CacheToken = metadata });
        var modelName = ModelNames.CreatePropertyModelName(parent, TypeTermsModels.PrefixOf((ProgramType)typeId));

        ModelBindingResult result;
        using (bindingContext.EnterNestedScope(metadata, bindingContext.FieldName, modelName, model: null))
        {
            await binder.BindModelAsync(bindingContext);
            result = bindingContext.Result;
        }

        var model = result.IsModelSet ? result.Model : Activator.CreateInstance(modelType);
        //validated under the inputs' own names, so that their entries are marked valid (an unvalidated entry fails the form)
        bindingContext.ValidationState[model!] = new ValidationStateEntry { Metadata = metadata, Key = modelName };
        bindingContext.Result = ModelBindingResult.Success(model);
    }
}
